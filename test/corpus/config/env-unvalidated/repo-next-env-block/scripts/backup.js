const bucket = process.env.BACKUP_BUCKET;
const keep = Number(process.env.BACKUP_KEEP_DAYS || 7);
console.log(`keeping ${keep} days in ${bucket}`);
