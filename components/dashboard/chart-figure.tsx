import type { ChartTable } from "@/lib/dashboard/chart-tables";

function NumbersTable({ table }: { table: ChartTable }) {
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (c === 0 ? <th key={c} scope="row">{cell ?? "—"}</th> : <td key={c}>{cell ?? "—"}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One dashboard chart: its title, the drawing (hidden from screen readers, which get the
 * table), the numbers as a table under "Numbers" and as a CSV download. A figure without a
 * drawing shows its table at once.
 */
export function ChartFigure({ id, table, svg, csvHref, note }: { id: string; table: ChartTable; svg?: string; csvHref: string; note?: string }) {
  const empty = table.rows.length === 0;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption className="chart-head">
        <h2 id={`${id}-title`}>{table.title}</h2>
        <a className="button button-quiet" href={csvHref} download aria-label={`CSV of ${table.title}`}>
          CSV
        </a>
      </figcaption>
      {note && <p className="muted">{note}</p>}
      {empty ? (
        <p className="muted">Nothing in this period.</p>
      ) : (
        // Drawn by Observable Plot on the server from our own figures; names are text nodes, escaped when serialized.
        svg && <div className="chart-svg" aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
      )}
      {!empty && !svg && (
        <div className="chart-numbers">
          <NumbersTable table={table} />
        </div>
      )}
      {!empty && svg && (
        <details className="chart-numbers">
          <summary>Numbers: {table.title}</summary>
          <NumbersTable table={table} />
        </details>
      )}
    </figure>
  );
}
