// `npm run bench`: measures and prints the model's speed against its budget.
import { benchModel } from './model-bench';

const BUDGET_REALTIME = 1000;
const rows = benchModel();
console.log('Model speed at the default 2 ms step (600 simulated s per subject, after warm-up):');
for (const r of rows) {
  const ok = r.realtimeFactor >= BUDGET_REALTIME ? 'meets' : 'MISSES';
  console.log(
    `  ${r.subject.padEnd(7)} ${Math.round(r.realtimeFactor).toLocaleString('en-US').padStart(7)} x real time ` +
      `(${(r.stepsPerSecond / 1e6).toFixed(2)} M steps/s) - ${ok} budget >= ${BUDGET_REALTIME} x`,
  );
}
