// Child process of the adversarial bench section: node dist/bench/adversarial-run.js SHAPE BYTES
// prints the figures of one measurement as JSON.
import { ADVERSARIAL_SHAPES, PROBE_SHAPES, measureAdversarial, type AdversarialShape } from './adversarial.js';

const [shape, bytes] = [process.argv[2] as AdversarialShape, Number(process.argv[3])];
if (!(shape in ADVERSARIAL_SHAPES || shape in PROBE_SHAPES) || !Number.isInteger(bytes) || bytes <= 0) {
  process.stderr.write(`usage: node dist/bench/adversarial-run.js '${[...Object.keys(ADVERSARIAL_SHAPES), ...Object.keys(PROBE_SHAPES)].join("'|'")}' BYTES\n`);
  process.exit(2);
}
measureAdversarial(shape, bytes).then((f) => process.stdout.write(JSON.stringify(f) + '\n'), (e) => {
  process.stderr.write(`adversarial bench: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
