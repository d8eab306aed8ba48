import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { EntityRefLink } from './EntityRefLink';

describe('EntityRefLink', () => {
  it('links through the catalog route wherever the app mounted it', async () => {
    await renderInTestApp(
      <EntityRefLink entityRef="group:default/ml-platform" />,
      { mountedRoutes: { '/software/:namespace/:kind/:name': entityRouteRef } },
    );
    const link = screen.getByRole('link', { name: 'ml-platform' });
    expect(link).toHaveAttribute('href', '/software/default/group/ml-platform');
    expect(link).toHaveAttribute('title', 'group:default/ml-platform');
  });

  it('shows the name as text in an app without a catalog', async () => {
    await renderInTestApp(<EntityRefLink entityRef="user:default/alice" />);
    expect(screen.getByText('alice')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('leaves what is not an entity ref as it is', async () => {
    await renderInTestApp(<EntityRefLink entityRef="not a ref" />);
    expect(screen.getByText('not a ref')).toBeInTheDocument();
  });
});
