// The 500-segment workspace the benchmarks store before the page loads: seeded, so every
// run sees the same campaigns.
export function bigWorkspace(SEGMENTS = 500, SCENARIOS = 1) {
  let seed = 7;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const segments = Array.from({ length: SEGMENTS }, (_, i) => {
    const started = 50 + rand(2000);
    const replies = Math.floor(started * (0.4 + rand(50) / 100));
    const qualified = Math.floor(replies * (0.1 + rand(40) / 100));
    const handoffs = Math.floor(qualified * (0.3 + rand(60) / 100));
    const customers = Math.floor(handoffs * (0.1 + rand(50) / 100));
    return {
      name: `Campaign ${String(i + 1).padStart(3, '0')}`,
      period: '2026-10-01 – 2026-10-31',
      spend: (started * (1 + rand(5))) * 1_000_000,
      started, replies, qualified, handoffs, customers,
      revenue: customers * (100 + rand(900)) * 1_000_000,
    };
  });
  return {
    version: 1,
    workspace: {
      currency: 'USD',
      form: { spend: '1800', started: '600', replies: '390', qualified: '78', handoffs: '47', customers: '14', revenue: '6300' },
      segments,
      source: { kind: 'total' },
      scenarios: Array.from({ length: SCENARIOS }, (_, i) => ({ name: i ? `What if ${i + 1}` : 'What if', overrides: [] })),
    },
  };
}

