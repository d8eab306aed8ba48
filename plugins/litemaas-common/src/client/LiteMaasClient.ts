import { ResponseError } from '@backstage/errors';
import { HealthResponse, ModelListResponse } from '../types';

/**
 * The parts of Backstage's DiscoveryApi and FetchApi the client needs, so the
 * client works in the browser and in backend code alike.
 *
 * @public
 */
export interface LiteMaasClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi?: { fetch: typeof fetch };
}

/**
 * Typed client of the LiteMaaS backend's REST API.
 *
 * @public
 */
export interface LiteMaasApi {
  getHealth(): Promise<HealthResponse>;
  listModels(): Promise<ModelListResponse>;
}

/** @public */
export class LiteMaasClient implements LiteMaasApi {
  private readonly discoveryApi: LiteMaasClientOptions['discoveryApi'];
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: LiteMaasClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch: globalThis.fetch };
  }

  getHealth(): Promise<HealthResponse> {
    return this.get('/health');
  }

  listModels(): Promise<ModelListResponse> {
    return this.get('/models');
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('litemaas');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
