import { useState } from 'react';
import { Page } from '@litemaas/backstage-plugin-litemaas-common';
import { DEFAULT_PAGE_SIZE } from '../common/DataTable';

/**
 * Which page of a list the API pages is shown: what to ask the API for,
 * and the props that let DataTable's pager drive it (material-table's
 * `page` and `totalCount`, with one page's rows as `data`).
 *
 * The API neither sorts nor searches these lists, so the table's own
 * sorting and search are off: on one page they would mislead.
 */
export function useServerPaging() {
  const [state, setState] = useState({ index: 0, size: DEFAULT_PAGE_SIZE });
  return {
    /** The page to ask the API for. */
    query: { limit: state.size, offset: state.index * state.size },
    /** Back to the first page, e.g. when the filters change. */
    reset: () =>
      setState(current =>
        current.index === 0 ? current : { ...current, index: 0 },
      ),
    /**
     * Call with each page the API answered: deciding or ending the last
     * rows of the last page empties it, and the page that is now the last
     * one is shown instead.
     */
    settle(page: Page<unknown>) {
      if (page.items.length === 0 && page.offset > 0) {
        setState(current => ({
          ...current,
          index: Math.max(0, Math.ceil(page.total / current.size) - 1),
        }));
      }
    },
    /** DataTable's props for the page shown. */
    table(page?: Page<unknown>) {
      const total = page?.total ?? page?.items.length ?? 0;
      return {
        page: state.index,
        totalCount: total,
        onPageChange: (index: number, size: number) =>
          setState({ index, size }),
        options: {
          pageSize: state.size,
          paging: total > state.size || state.index > 0,
          search: false,
          sorting: false,
        },
      };
    },
  };
}
