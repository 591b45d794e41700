-- description: Meetings per pair of countries per month (each unordered pair once, A < B).
-- Undated meetings are left out.
-- param: since:date = 1900-01-01  (first meeting date, YYYY-MM-DD)
-- param: until:date = 9999-12-31  (last meeting date, YYYY-MM-DD)
SELECT month,
       country_a,
       country_a_name,
       country_b,
       country_b_name,
       COUNT(DISTINCT meeting_id) AS meetings
FROM v_country_pairs
WHERE date >= :since AND date <= :until
GROUP BY month, country_a, country_a_name, country_b, country_b_name
ORDER BY month, meetings DESC, country_a, country_b
