const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const packageFile = path.resolve(__dirname, '../packages/components/package.json');
const defaultPackage = { name: '@acme/components', version: '0.0.0', dependencies: { react: '^18.0.0' } };

const pkg = fs.existsSync(packageFile) ? JSON.parse(fs.readFileSync(packageFile, 'utf8')) : defaultPackage;

// ok: security/shell-injection
const published = execSync(`npm view ${pkg.name} version`, { encoding: 'utf8' }).trim();

const tag = process.argv[2];
// expect: security/shell-injection
execSync(`npm publish --tag ${tag}`, { stdio: 'inherit' });
console.log(published);
