const Docker = require("dockerode");
const docker = new Docker();

async function startSandbox(image) {
  return docker.createContainer({
    Image: image,
    HostConfig: {
      // expect: security/privileged-container
      Privileged: true,
      AutoRemove: true,
    },
  });
}

async function startJob(image) {
  return docker.createContainer({
    Image: image,
    // ok: security/privileged-container
    HostConfig: { Privileged: false, CapDrop: ["ALL"] },
  });
}

module.exports = { startSandbox, startJob };
