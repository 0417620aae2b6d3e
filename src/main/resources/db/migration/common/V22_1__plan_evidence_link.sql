-- Evidence on a plan task is checked through the module that owns the record; the page it links to is kept with it.
ALTER TABLE plan_evidence ADD COLUMN record_link VARCHAR(300);
