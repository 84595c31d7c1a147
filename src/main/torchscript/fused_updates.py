"""Fashion Lab's optimizer updates as one TorchScript module (see FusedOptimizer.java).

Each method takes the tensor lists first, then the numbers fixed for the training, then those of
the step. It updates the parameters in place from their gradients, then clears the gradients and
returns them: TorchScript's dead-code pass drops an in-place operation on a value that nothing
reads afterwards (it removed the clearing from sgd while the methods returned a number).
Rebuild the module with bin/script-torchscript.
"""
import sys
from typing import List

import torch


class FusedUpdates(torch.nn.Module):
    @torch.jit.export
    def adam(self, params: List[torch.Tensor], means: List[torch.Tensor],
             variances: List[torch.Tensor], count: torch.Tensor, beta1: float, beta2: float,
             step: float, lr: float, eps: float) -> List[torch.Tensor]:
        """PyTorch's fused Adam kernel, one pass over each parameter (on the CPU since torch 2.4;
        the application's libtorch is 2.7): count, a scalar tensor set here to step, is every
        parameter's update count, from which the kernel takes its bias corrections. RMSprop runs
        here too, as Adam with beta1 = 0 (FusedOptimizer.stepNumbers)."""
        grads = gradients(params)
        steps = [count for _ in range(len(params))]
        no_max: List[torch.Tensor] = []
        with torch.no_grad():
            count.fill_(step)
            torch._fused_adam_(params, grads, means, variances, no_max, steps, lr=lr, beta1=beta1,
                               beta2=beta2, weight_decay=0.0, eps=eps, amsgrad=False,
                               maximize=False)
            torch._foreach_zero_(grads)
        return grads

    @torch.jit.export
    def sgd(self, params: List[torch.Tensor], velocities: List[torch.Tensor], momentum: float,
            lr: float) -> List[torch.Tensor]:
        grads = gradients(params)
        with torch.no_grad():
            if momentum == 0.0:
                torch._foreach_add_(params, grads, alpha=-lr)
            else:
                torch._foreach_mul_(velocities, momentum)
                torch._foreach_add_(velocities, grads, alpha=lr)
                torch._foreach_sub_(params, velocities)
            torch._foreach_zero_(grads)
        return grads

    def forward(self) -> int:
        return 0


def gradients(params: List[torch.Tensor]) -> List[torch.Tensor]:
    grads: List[torch.Tensor] = []
    for p in params:
        g = p.grad
        assert g is not None, "a parameter without a gradient"
        grads.append(g)
    return grads


if __name__ == "__main__":
    torch.jit.script(FusedUpdates()).save(sys.argv[1])
