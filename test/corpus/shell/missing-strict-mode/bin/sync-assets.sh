#!/bin/sh
set -e
aws s3 sync ./public "s3://$ASSETS_BUCKET/" --delete
aws cloudfront create-invalidation --distribution-id "$CF_DIST" --paths '/*'
