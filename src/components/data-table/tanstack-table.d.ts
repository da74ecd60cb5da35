import type { CellData, RowData, TableFeatures } from '@tanstack/react-table'

/**
 * Typed column meta for every Doorman table. Read by the shared data-table parts:
 * `label` names the column in sort buttons and facet filters when the header is not plain text,
 * `headerClassName` / `cellClassName` style the <th>/<td>, `width` sizes the column (the table
 * uses a fixed layout so virtualized rows never change column widths while scrolling), and
 * `facetValue` lets a facet filter group rows by a derived value (e.g. "has issues").
 */
declare module '@tanstack/table-core' {
  interface ColumnMeta<
    in out TFeatures extends TableFeatures,
    in out TData extends RowData,
    TValue extends CellData = CellData,
  > {
    label?: string
    headerClassName?: string
    cellClassName?: string
    /** Any CSS width, e.g. '12rem' or '20%'. */
    width?: string
    /** The value a facet filter groups and matches rows by; defaults to the cell value as a string. */
    facetValue?: (row: TData) => string
    /** The text the toolbar search matches for this column; defaults to the cell value when it is a string or number. */
    searchValue?: (row: TData) => string
    /**
     * The cells of this column keep no state of their own (no useState, useRef or uncontrolled
     * input that belongs to the row), so a recycled row (`VirtualDataTable`'s `rowHeight`) may
     * hand them to another row and React patches them in place. Unset: the cell is keyed by its
     * row's id and built anew when its <tr> starts showing another row.
     */
    stateless?: boolean
    /** Phantom: keeps the generic parameters used so declaration merging stays well-formed. */
    __types?: [TFeatures, TValue]
  }
}
