#!/bin/bash
set -euo pipefail

REGION="eu-west-1"
CLUSTER="prod-${REGION}"
IMAGE_TAG="${1:?usage: rollout.sh IMAGE_TAG}"

echo "rolling out ${IMAGE_TAG} to ${CLUSTER}"
kubectl config use-context "${CLUSTER}"
for deploy in api worker scheduler; do
  kubectl -n app set image "deployment/${deploy}" "${deploy}=registry.example.com/app/${deploy}:${IMAGE_TAG}"
  if ! kubectl -n app rollout status "deployment/${deploy}" --timeout=300s; then
    echo "rollout of ${deploy} failed, undoing" >&2
    kubectl -n app rollout undo "deployment/${deploy}"
    exit 1
  fi
done
echo "done"
