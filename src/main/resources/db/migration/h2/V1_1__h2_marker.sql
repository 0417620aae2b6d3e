-- H2 needs no extra prefix indexes: its b-tree on the path column serves LIKE 'prefix%' directly.
SELECT 1;
