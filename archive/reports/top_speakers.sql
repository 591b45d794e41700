-- description: The most quoted speakers, with their country and when they were quoted.
-- param: top:int = 20  (at most this many speakers)
SELECT speaker_person_id,
       speaker_name,
       speaker_country_code,
       speaker_country,
       COUNT(*) AS statements,
       COUNT(DISTINCT article_id) AS articles,
       MIN(published) AS first_quoted,
       MAX(published) AS last_quoted
FROM v_statements
WHERE speaker_name IS NOT NULL
GROUP BY speaker_person_id, speaker_name, speaker_country_code, speaker_country
ORDER BY statements DESC, speaker_name
LIMIT :top
