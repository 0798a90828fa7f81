// Whether an id is a party's: a customer may not take it (customers and parties share one id space
// in answers). $id. Columns: taken.
RETURN EXISTS { MATCH (:Party {uid: $id}) } AS taken
