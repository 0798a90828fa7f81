// Changes a customer's name and notes. $id, $name (null: keep), $notes, $setNotes (false: keep the notes).
// Columns: id; no row: unknown customer.
MATCH (c:Customer {uid: $id})
SET c.name = coalesce($name, c.name),
    c.notes = CASE WHEN $setNotes THEN $notes ELSE c.notes END
RETURN c.uid AS id
