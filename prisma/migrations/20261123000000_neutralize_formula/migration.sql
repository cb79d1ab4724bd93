-- lib/export/neutralize.ts in SQL, for the CSV export that PostgreSQL writes under COPY: a cell
-- that a spreadsheet would take for a formula gets a leading single quote; a plain number is data.
-- The spaces looked past are JavaScript's \s spelled out (with the zero-width characters), not
-- [[:space:]], whose meaning depends on the database's locale. neutralize.int.test.ts checks
-- that this function and the TypeScript one agree on any text. Not STRICT: PostgreSQL inlines
-- a SQL function into the query only if it is not, and called per cell it doubled COPY's time.
CREATE FUNCTION "neutralize_formula"(cell text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN cell ~ '^([\t\r\n]|[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b-\u200d\u2060\u180e]*[=+@\uff1d\uff0b\uff0d\uff20-])'
     AND cell !~* '^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(e[+-]?[0-9]+)?$'
    THEN '''' || cell
    ELSE cell
  END
$$;
