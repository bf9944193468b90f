#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT=production
REGION=eu-central-1
STACK="media-${ENVIRONMENT}"
ARTIFACT_BUCKET="acme-artifacts-${ENVIRONMENT}"

cd "$(dirname "$0")/../.."
for fn in thumbnail transcode indexer; do
  (cd "functions/$fn" && zip -qr "/tmp/$fn.zip" .)
  aws s3 cp "/tmp/$fn.zip" "s3://$ARTIFACT_BUCKET/$fn/$(git rev-parse --short HEAD).zip"
done

aws cloudformation deploy \
  --region "$REGION" \
  --stack-name "$STACK" \
  --template-file template.yaml \
  --parameter-overrides "Version=$(git rev-parse --short HEAD)" "Bucket=$ARTIFACT_BUCKET" \
  --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM \
  --no-fail-on-empty-changeset

aws cloudformation describe-stacks --region "$REGION" --stack-name "$STACK" \
  --query 'Stacks[0].StackStatus' --output text
