-- Issue #21 item 5: a 30,000,000-character name made every page its owner opened 60 MB. Names
-- are at most 100 characters (lib/validation/users.ts) whatever writes them; names stored
-- before this limit are cut to it so those pages become normal again.
UPDATE "user" SET name = left(name, 100) WHERE char_length(name) > 100;
ALTER TABLE "user" ADD CONSTRAINT user_name_length CHECK (char_length(name) <= 100);
