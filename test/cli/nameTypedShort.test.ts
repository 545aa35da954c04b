/**
 * A name typed short (the first letters of a template, a command or an option) gets the one name it
 * begins, as a misspelt one gets the name it is near: `template bpo` said only that bpo was unknown.
 */
import { nearestName } from '../../core/cli/nearestName';
import { runCli } from './runCli';

const firstPart = (err: string) => err.split('; usage: ')[0];

test('a template, a command and an option typed short', async () => {
  expect(firstPart((await runCli(['template', 'bpo'])).err)).toBe(
    "unknown template 'bpo' (did you mean bpo-customer-service?)",
  );
  expect(firstPart((await runCli(['demo', '--template', 'credit'])).err)).toBe(
    "unknown template 'credit' (did you mean credit-processing?)",
  );
  expect((await runCli(['recon'])).err).toMatch(/^unknown command 'recon' \(did you mean reconcile\?\)/);
  expect(firstPart((await runCli(['forecast', '--simul', '10'])).err)).toBe(
    "unknown option '--simul' (did you mean --simulations?)",
  );
});

test('fewer than three letters, or the first letters of several names, name none', () => {
  expect(nearestName('it', ['it-services-sla', 'invoice'])).toBeUndefined();
  expect(nearestName('cur', ['curve', 'currency'])).toBeUndefined();
  expect(nearestName('exp', ['exposure', 'eval'])).toBe('exposure');
  // A name near by an edit still comes first.
  expect(nearestName('chek', ['check', 'checkpoint'])).toBe('check');
});
