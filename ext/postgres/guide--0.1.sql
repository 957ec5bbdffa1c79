-- guide--0.1.sql: CREATE EXTENSION guide
\echo Use "CREATE EXTENSION guide" to load this file. \quit

-- The result of `guidec run --format json` for case c with the rules of the file ruleset (a
-- path, absolute or relative to the data directory), compiled once per backend process.
CREATE FUNCTION guide_eval(ruleset text, c jsonb) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'guide_eval'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
