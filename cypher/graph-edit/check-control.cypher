// What adding a control needs to know first. $uid (new control), $version, $policy (number),
// $operator (party uid), $reliesOn (uids).
// Columns: exists, policyFound, partyFound, unknownControls (uids of $reliesOn with no control).
RETURN EXISTS { MATCH (:Control {uid: $uid}) } AS exists,
       EXISTS { MATCH (:Policy {version: $version, number: $policy}) } AS policyFound,
       EXISTS { MATCH (:Party {uid: $operator}) } AS partyFound,
       [o IN $reliesOn WHERE NOT EXISTS { MATCH (:Control {uid: o}) }] AS unknownControls
