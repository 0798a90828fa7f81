// Derives (:HitrustControl)-[:RELATES_TO {derived, viaPolicies}]->(:Requirement) where one policy cites both
// in its Applicable Standards, skipping citations the seed marks as not to be trusted (derive: false, a
// paragraph cited under another rule's title). No official HITRUST-to-HIPAA mapping is claimed: the edge
// names the policies (uids) it was derived from. Only a policy of the version that cites the HITRUST
// control counts: another version's documents never feed it. No parameters. Returns the number of links.
MATCH (h:HitrustControl)<-[:ADDRESSES]-(p:Policy)-[a:ADDRESSES]->(r:Requirement)
WHERE p.version = h.version AND r.framework IN ['HIPAA', 'HITECH'] AND coalesce(a.derive, true)
WITH h, r, collect(DISTINCT p.uid) AS policies
MERGE (h)-[l:RELATES_TO]->(r)
SET l.derived = true, l.viaPolicies = policies
RETURN count(l) AS links
