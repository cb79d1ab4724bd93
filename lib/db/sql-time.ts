/**
 * SQL that prints one of our `timestamp` columns the way Date.toISOString() does, or to the
 * second (as archive capture times are shown). The columns already hold UTC, so there is no
 * time zone arithmetic: `AT TIME ZONE 'UTC'` would shift them by the session's own zone.
 */
export const isoTimestampSql = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
export const isoSecondSql = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
