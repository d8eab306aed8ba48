import { useState } from 'react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { DataTable } from './DataTable';

const userEvent = userEventBase.setup({ delay: null });

interface Row {
  name: string;
}

/** A page that re-renders and writes its empty content inline each time. */
function Page(props: { rows: Row[] }) {
  const [count, setCount] = useState(0);
  return (
    <>
      <button onClick={() => setCount(c => c + 1)}>Render again {count}</button>
      <DataTable<Row>
        title="Things"
        columns={[{ title: 'Name', field: 'name' }]}
        data={props.rows}
        emptyContent={<p>Nothing yet ({count})</p>}
      />
    </>
  );
}

describe('DataTable', () => {
  it('keeps its rows (and focus in them) when the page renders again', async () => {
    await renderInTestApp(<Page rows={[{ name: 'first' }]} />);
    const cell = screen.getByText('first');
    await userEvent.click(screen.getByRole('button', { name: /Render again/ }));
    expect(screen.getByText('Render again 1')).toBeInTheDocument();
    // The same node: the body was not thrown away and rebuilt.
    expect(screen.getByText('first')).toBe(cell);
  });

  it('shows the current empty content', async () => {
    await renderInTestApp(<Page rows={[]} />);
    expect(screen.getByText('Nothing yet (0)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Render again/ }));
    expect(screen.getByText('Nothing yet (1)')).toBeInTheDocument();
  });

  it('shows the empty content of a table that pages on the server', async () => {
    await renderInTestApp(
      <DataTable<Row>
        title="Remote things"
        columns={[{ title: 'Name', field: 'name' }]}
        data={async () => ({ data: [], page: 0, totalCount: 0 })}
        emptyContent={<p>No remote things</p>}
      />,
    );
    expect(await screen.findByText('No remote things')).toBeInTheDocument();
  });

  it('names the table after its title', async () => {
    await renderInTestApp(<Page rows={[{ name: 'first' }]} />);
    expect(screen.getByRole('table', { name: 'Things' })).toBeInTheDocument();
  });
});
