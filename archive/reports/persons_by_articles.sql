-- description: Persons by the number of articles that name them, with their country and how
-- often they are named.
-- param: top:int = 50  (at most this many persons)
SELECT p.id AS person_id,
       p.name AS person_name,
       p.country_code,
       c.name AS country,
       COUNT(DISTINCT pm.article_id) AS articles,
       CAST(SUM(pm.n_mentions) AS INTEGER) AS mentions,
       MIN(pm.published) AS first_seen,
       MAX(pm.published) AS last_seen
FROM v_person_mentions pm
JOIN person p ON p.id = pm.person_id
LEFT JOIN country c ON c.code = p.country_code
GROUP BY p.id, p.name, p.country_code, c.name
ORDER BY articles DESC, person_name
LIMIT :top
