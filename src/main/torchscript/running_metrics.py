"""A training batch's loss and the epoch's running sums in one call (see RunningMetrics.java).

forward returns the batch's mean softmax cross-entropy (as DJL's SoftmaxCrossEntropyLoss, sparse
labels, from logits), recorded for the backward pass when autograd is on, and adds the batch's
summed loss and its correct predictions to loss_sum and correct in place.
Rebuild the module with bin/script-torchscript.
"""
import sys

import torch
import torch.nn.functional as F


class RunningMetrics(torch.nn.Module):
    def forward(self, logits: torch.Tensor, labels: torch.Tensor, loss_sum: torch.Tensor,
                correct: torch.Tensor) -> torch.Tensor:
        targets = labels.long()
        loss = F.cross_entropy(logits, targets)
        with torch.no_grad():
            loss_sum.add_(loss.detach(), alpha=targets.size(0))
            correct.add_((logits.argmax(1) == targets).sum())
        return loss


if __name__ == "__main__":
    torch.jit.script(RunningMetrics()).save(sys.argv[1])
