import type { ChannelType } from '#ptvr';

/** v11 paths the suites use (in-api-v11.md §2). */
export const API = '/api/v11';

export const paths = {
  organization: {
    post: `${API}/Organization`,
    get: (id: string) => `${API}/Organization/${id}`,
    put: (id: string) => `${API}/Organization/${id}`,
    putBySource: (sid: string) => `${API}/Organization/sourceId/${encodeURIComponent(sid)}`,
  },
  service: {
    post: `${API}/Service`,
    get: (id: string) => `${API}/Service/${id}`,
    active: (id: string) => `${API}/Service/active/${id}`,
    put: (id: string) => `${API}/Service/${id}`,
    putBySource: (sid: string) => `${API}/Service/sourceId/${encodeURIComponent(sid)}`,
    list: `${API}/Service`,
    archivedList: `${API}/Service/archived/list`,
  },
  channel: {
    post: (t: ChannelType) => `${API}/ServiceChannel/${t}`,
    get: (id: string) => `${API}/ServiceChannel/${id}`,
    active: (id: string) => `${API}/ServiceChannel/active/${id}`,
    put: (t: ChannelType, id: string) => `${API}/ServiceChannel/${t}/${id}`,
    putBySource: (t: ChannelType, sid: string) =>
      `${API}/ServiceChannel/${t}/sourceId/${encodeURIComponent(sid)}`,
    list: `${API}/ServiceChannel`,
    archivedList: `${API}/ServiceChannel/archived/list`,
  },
  connection: {
    post: `${API}/Connection`,
    putByService: (id: string) => `${API}/Connection/serviceId/${id}`,
  },
} as const;
