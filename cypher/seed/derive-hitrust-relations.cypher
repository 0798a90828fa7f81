// Derives (:HitrustControl)-[:RELATES_TO {derived, viaPolicies}]->(:Requirement) where one policy cites both.
// No official HITRUST-to-HIPAA mapping is claimed: the edge says which policies it was derived from.
// No parameters. Returns the number of links.
MATCH (h:HitrustControl)<-[:ADDRESSES]-(p:Policy)-[:ADDRESSES]->(r:Requirement)
WHERE r.framework IN ['HIPAA', 'HITECH']
WITH h, r, collect(DISTINCT p.number) AS numbers, collect(DISTINCT p.version) AS versions
MERGE (h)-[l:RELATES_TO]->(r)
SET l.derived = true, l.viaPolicies = numbers, l.versions = versions
RETURN count(l) AS links
