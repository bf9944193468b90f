export const bucket = process.env.S3_BUCKET;
export const region = process.env.AWS_REGION;
