-- description: Who met whom: pairs of persons who took part in the same meetings, and how often
-- (an edge list for network tools).
-- param: min_meetings:int = 1  (leave out pairs that met fewer times)
-- param: top:int = 100  (at most this many pairs)
SELECT a.person_id AS person_a_id,
       a.person_name AS person_a,
       a.person_country_code AS country_a,
       b.person_id AS person_b_id,
       b.person_name AS person_b,
       b.person_country_code AS country_b,
       COUNT(DISTINCT a.meeting_id) AS meetings,
       MIN(a.date) AS first_met,
       MAX(a.date) AS last_met
FROM v_meeting_participants a
JOIN v_meeting_participants b ON b.meeting_id = a.meeting_id AND a.person_id < b.person_id
GROUP BY a.person_id, a.person_name, a.person_country_code, b.person_id, b.person_name, b.person_country_code
HAVING COUNT(DISTINCT a.meeting_id) >= :min_meetings
ORDER BY meetings DESC, person_a_id, person_b_id
LIMIT :top
