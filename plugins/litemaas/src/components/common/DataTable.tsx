import { useLitemaasText } from '../../translationText';
import {
  ReactNode,
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Table, TableColumn, TableProps } from '@backstage/core-components';
import { Theme, alpha, useTheme } from '@material-ui/core/styles';

/** Rows on one page unless a table says otherwise. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Column defaults every list shares: headers and cells wrap only between
 * words, never inside one (identifiers stay whole). A long title in a
 * longer language ("Zuletzt gesehen") takes two lines, not a wider table.
 */
function withColumnDefaults<T extends object>(
  columns: TableColumn<T>[],
): TableColumn<T>[] {
  return columns.map(column => ({
    ...column,
    headerStyle: {
      whiteSpace: 'normal',
      overflowWrap: 'normal',
      wordBreak: 'keep-all',
      hyphens: 'manual',
      ...column.headerStyle,
    },
    cellStyle:
      typeof column.cellStyle === 'function'
        ? column.cellStyle
        : { overflowWrap: 'normal', wordBreak: 'normal', ...column.cellStyle },
  }));
}

/** What a column's hidden state is remembered by. */
function columnKey(
  column: { field?: unknown; title?: unknown },
  index: number,
) {
  if (column.field) return String(column.field);
  return typeof column.title === 'string' ? column.title : `#${index}`;
}

/**
 * What an empty table shows, read through context: Backstage's Table
 * rebuilds its whole body whenever the `emptyContent` element changes
 * identity (every render of a page that writes it inline), which drops
 * keyboard focus and remounts rows. The table is given one element that
 * never changes; the content itself comes from here.
 */
const EmptyContentContext = createContext<ReactNode>(null);
function EmptyContentSlot() {
  return <>{useContext(EmptyContentContext)}</>;
}
const EMPTY_CONTENT_SLOT = <EmptyContentSlot />;

type Localization = NonNullable<TableProps<object>['localization']>;

/**
 * The table's own words (search, paging, the columns menu, the empty and
 * error rows) in the reader's language, for Backstage's `Table`. Without
 * them material-table speaks English whatever the app's language, and
 * Backstage's own translations of a few of them need the app to ship them.
 * `extra` (a table's own localization) wins, group by group.
 */
export function useTableLocalization(extra?: Localization): Localization {
  const t = useLitemaasText();
  const base = useMemo(() => {
    const first = t('common.table.firstPage');
    const previous = t('common.table.previousPage');
    const next = t('common.table.nextPage');
    const last = t('common.table.lastPage');
    return {
      error: t('common.table.error'),
      body: { emptyDataSourceMessage: t('common.table.empty') },
      header: { actions: t('common.table.actions') },
      pagination: {
        labelDisplayedRows: t('common.table.displayedRows'),
        labelRowsPerPage: t('common.table.rowsPerPage'),
        labelRowsSelect: t('common.table.rows'),
        firstTooltip: first,
        firstAriaLabel: first,
        previousTooltip: previous,
        previousAriaLabel: previous,
        nextTooltip: next,
        nextAriaLabel: next,
        lastTooltip: last,
        lastAriaLabel: last,
      },
      toolbar: {
        searchPlaceholder: t('common.table.search'),
        searchTooltip: t('common.table.search'),
        searchAriaLabel: t('common.table.searchLabel'),
        clearSearchAriaLabel: t('common.table.clearSearch'),
        showColumnsTitle: t('common.table.showColumns'),
        showColumnsAriaLabel: t('common.table.showColumns'),
        addRemoveColumns: t('common.table.addRemoveColumns'),
      },
    };
  }, [t]);
  if (!extra) return base;
  return {
    ...extra,
    error: extra.error ?? base.error,
    body: { ...base.body, ...extra.body },
    header: { ...base.header, ...extra.header },
    pagination: { ...base.pagination, ...extra.pagination },
    toolbar: { ...base.toolbar, ...extra.toolbar },
  };
}

/** A selected row is tinted with the primary colour, never the error-like secondary. */
export function selectedRowStyle(theme: Theme) {
  return { backgroundColor: alpha(theme.palette.primary.main, 0.08) };
}

/**
 * The plugin's one table for lists that grow: Backstage's `Table` with
 * paging, sorting, search and column toggling on, rows dense, and column
 * dragging off (its drag handles are unnamed buttons wrapped around the
 * sort buttons, which screen readers cannot use).
 *
 * Give `data` as a function for server-side paging; `data` as an array
 * pages in the browser, and shows the pager only when there is more than
 * one page. A page that fetches its rows itself can also page on the
 * server with material-table's own props: one page's rows as `data`, with
 * `page`, `totalCount`, `onPageChange` and `options.paging`.
 *
 * The table element gets the list's name (`label`, else the title),
 * columns hidden through the columns button stay hidden across renders,
 * and the table's own words follow the reader's language.
 */
export function DataTable<T extends object>(
  props: TableProps<T> & {
    /** Names the table for assistive technology; defaults to the title. */
    label?: string;
    /** Whether a row counts as selected (tinted). */
    isSelected?(row: T): boolean;
  },
) {
  const theme = useTheme();
  const { columns, options, label, isSelected, emptyContent, ...rest } = props;
  const name =
    label ?? (typeof props.title === 'string' ? props.title : undefined);
  const region = useRef<HTMLDivElement>(null);
  // material-table gives its <table> no name: give it the list's, so the
  // table itself is named too, not only the region around it.
  useEffect(() => {
    const table = region.current?.querySelector('table');
    if (table && name && table.getAttribute('aria-label') !== name) {
      table.setAttribute('aria-label', name);
    }
  });
  // material-table hides a column by changing the column object it was
  // given, so the next render's fresh columns would show it again: keep
  // the reader's choice here.
  const [hidden, setHidden] = useState<Record<string, boolean>>({});
  const pageSize = options?.pageSize ?? DEFAULT_PAGE_SIZE;
  const remote = typeof props.data === 'function';
  const rows = Array.isArray(props.data) ? props.data.length : 0;
  const hasEmptyContent = emptyContent !== undefined && emptyContent !== null;
  const localization = useTableLocalization(rest.localization);
  return (
    <div role="region" aria-label={name} ref={region}>
      <EmptyContentContext.Provider value={emptyContent}>
        <Table<T>
          {...rest}
          emptyContent={
            hasEmptyContent && !remote ? EMPTY_CONTENT_SLOT : undefined
          }
          // Backstage's Table never counts a remote table as empty: its
          // empty content shows in material-table's empty row instead.
          localization={
            hasEmptyContent && remote
              ? {
                  ...localization,
                  body: {
                    ...localization.body,
                    emptyDataSourceMessage: EMPTY_CONTENT_SLOT,
                  },
                }
              : localization
          }
          columns={withColumnDefaults(columns).map((column, index) => {
            const key = columnKey(column, index);
            return key in hidden ? { ...column, hidden: hidden[key] } : column;
          })}
          onChangeColumnHidden={(column, isHidden) => {
            const index = (column as { tableData?: { id?: number } }).tableData
              ?.id;
            const key = columnKey(column, index ?? -1);
            setHidden(current => ({ ...current, [key]: isHidden }));
            rest.onChangeColumnHidden?.(column, isHidden);
          }}
          options={{
            padding: 'dense',
            draggable: false,
            columnsButton: true,
            search: true,
            paging: remote || rows > pageSize,
            pageSize,
            pageSizeOptions: [10, DEFAULT_PAGE_SIZE, 50, 100],
            emptyRowsWhenPaging: false,
            thirdSortClick: false,
            rowStyle: isSelected
              ? (row: T) => (isSelected(row) ? selectedRowStyle(theme) : {})
              : undefined,
            ...options,
          }}
        />
      </EmptyContentContext.Provider>
    </div>
  );
}
