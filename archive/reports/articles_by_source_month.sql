-- description: Articles per source per month, with the meetings and statements found in them.
-- param: source =  (one source name; empty for every source)
SELECT COALESCE(source, '(unknown)') AS source,
       COALESCE(month, 'undated') AS month,
       COUNT(*) AS articles,
       CAST(SUM(n_meetings) AS INTEGER) AS meetings,
       CAST(SUM(n_statements) AS INTEGER) AS statements
FROM v_articles
WHERE (:source = '' OR source = :source)
GROUP BY COALESCE(source, '(unknown)'), COALESCE(month, 'undated')
ORDER BY source, month
