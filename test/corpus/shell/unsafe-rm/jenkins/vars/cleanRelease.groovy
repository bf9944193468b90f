// Shared-library step: cleanRelease(target: '/srv/app')
def call(Map args = [:]) {
  // ok: shell/unsafe-rm
  sh 'rm -rf $WORKSPACE/build'
  // expect: shell/unsafe-rm
  sh "rm -rf \$RELEASE_ROOT/*"
}
