/**
 * What a worker does after handing a dataset and its cube to the page (the import worker, and the
 * reopen worker for a dataset saved without a cube): rolls the cube up (rollUpCube, from the
 * dataset's tables: its observation columns went to the page) and posts a copy of the roll-ups,
 * transferred, keeping its own for the save.
 */
import type { PackedCube } from '../../analysis/model/cube';
import { rollUpCube } from '../../analysis/model/roll-up-cube';
import { copyRollUps, rollUpsTransfer, type PackedRollUps } from '../../analysis/model/roll-ups';
import type { Dataset } from '../../data/dataset/dataset';

/** Rolls up `cube`, posts a copy as `{ kind: 'rollUps' }` and returns the worker's own. */
export function rollUpAndPost(
  dataset: Dataset, cube: PackedCube,
  post: (msg: { readonly kind: 'rollUps'; readonly rollUps: PackedRollUps }, transfer: Transferable[]) => void,
): PackedRollUps {
  const rollUps = rollUpCube(dataset, cube);
  const sent = copyRollUps(rollUps);
  post({ kind: 'rollUps', rollUps: sent }, rollUpsTransfer(sent));
  return rollUps;
}
