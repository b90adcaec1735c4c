/** The example policy of the product contract ("Policy format: the pinned part"), exactly as written there. */
export const CONTRACT_POLICY = {
  id: 'example',
  name: 'Example Corp',
  schedule: {
    timezone: 'Europe/Moscow',
    week: {
      mon: ['10:00-18:00'], tue: ['10:00-18:00'], wed: ['10:00-18:00'], thu: ['10:00-18:00'],
      fri: ['10:00-13:00', '14:00-18:00'], sat: [], sun: [],
    },
    holidays: ['2026-01-01', '2026-01-02'],
    businessDay: '8h',
  },
  sla: {
    commitment: 'guaranteed',
    tiers: [
      { id: 'critical', label: 'Critical failure', from: '1h', target: '6h', clock: 'business' },
      { id: 'partial', label: 'Partial issue', target: '1bd', clock: 'business' },
      { id: 'consultation', label: 'Consultation', from: '1bd', target: '3bd', clock: 'business' },
    ],
  },
};
