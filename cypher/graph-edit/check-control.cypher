// What adding a control needs to know first. $uid (new control), $version, $policy (number), $reliesOn (uids).
// Columns: exists, policyFound, unknownControls (uids of $reliesOn with no control).
RETURN EXISTS { MATCH (:Control {uid: $uid}) } AS exists,
       EXISTS { MATCH (:Policy {version: $version, number: $policy}) } AS policyFound,
       [o IN $reliesOn WHERE NOT EXISTS { MATCH (:Control {uid: o}) }] AS unknownControls
