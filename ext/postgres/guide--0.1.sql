-- guide--0.1.sql: CREATE EXTENSION guide
\echo Use "CREATE EXTENSION guide" to load this file. \quit

-- The result of `guidec run --format json` for case c with the rules of the file ruleset (a
-- path, absolute or relative to the data directory), compiled once per backend process.
CREATE FUNCTION guide_eval(ruleset text, c jsonb) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'guide_eval'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- One output's value as the JSON result writes it (a label without its quotes); NULL when the
-- output is undetermined, not applicable, in conflict, or concluded with no value (ND).
CREATE FUNCTION guide_output(ruleset text, c jsonb, output text) RETURNS text
    AS 'MODULE_PATHNAME', 'pg_guide_output'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Which: 'concluded', 'undetermined', 'not applicable' or 'conflict'.
CREATE FUNCTION guide_state(ruleset text, c jsonb, output text) RETURNS text
    AS 'MODULE_PATHNAME', 'pg_guide_state'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
