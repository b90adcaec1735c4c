import { expect, it } from 'vitest';
import { getAt, problemsAt, removeAt, setAt } from '../../src/ui/draft';

it('edits a nested copy and leaves the original alone', () => {
  const policy = { schedule: { week: { mon: ['09:00-18:00'] } } };
  const edited = setAt(policy, ['schedule', 'week', 'mon', 1], '19:00-20:00');
  expect(getAt(edited, ['schedule', 'week', 'mon'])).toEqual(['09:00-18:00', '19:00-20:00']);
  expect(policy.schedule.week.mon).toEqual(['09:00-18:00']);
  expect(setAt({}, ['sla', 'tiers', 0, 'id'], 'x')).toEqual({ sla: { tiers: [{ id: 'x' }] } });
});

it('drops an optional field set to undefined and removes list items', () => {
  expect(setAt({ a: 1, b: 2 }, ['b'], undefined)).toEqual({ a: 1 });
  expect(removeAt({ l: ['a', 'b', 'c'] }, ['l', 1])).toEqual({ l: ['a', 'c'] });
});

it('finds the problems of one field by its JSON path', () => {
  const problems = [
    { where: '$.sla.tiers[0].target', message: 'bad' },
    { where: '$.sla.tiers[0]', message: 'other' },
  ];
  expect(problemsAt(problems, ['sla', 'tiers', 0, 'target'])).toEqual([problems[0]]);
});
