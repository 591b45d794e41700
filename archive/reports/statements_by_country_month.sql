-- description: Statements per speaker country per month ("undated" when the article has no date).
-- param: country =  (ISO code of one country; empty for every country)
SELECT COALESCE(month, 'undated') AS month,
       speaker_country_code,
       speaker_country,
       COUNT(*) AS statements,
       COUNT(DISTINCT speaker_name) AS speakers
FROM v_statements
WHERE speaker_country_code IS NOT NULL
  AND (:country = '' OR speaker_country_code = UPPER(:country))
GROUP BY COALESCE(month, 'undated'), speaker_country_code, speaker_country
ORDER BY month, statements DESC, speaker_country_code
