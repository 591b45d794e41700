-- description: One country's contacts: its meetings by counterpart country, with the first and
-- last meeting date.
-- param: country = PK  (ISO 3166-1 alpha-2 code, e.g. PK, US, RU)
SELECT CASE WHEN country_a = UPPER(:country) THEN country_b ELSE country_a END AS counterpart,
       CASE WHEN country_a = UPPER(:country) THEN country_b_name ELSE country_a_name END AS counterpart_name,
       COUNT(DISTINCT meeting_id) AS meetings,
       MIN(date) AS first_meeting,
       MAX(date) AS last_meeting
FROM v_country_pairs
WHERE country_a = UPPER(:country) OR country_b = UPPER(:country)
GROUP BY CASE WHEN country_a = UPPER(:country) THEN country_b ELSE country_a END,
         CASE WHEN country_a = UPPER(:country) THEN country_b_name ELSE country_a_name END
ORDER BY meetings DESC, counterpart
