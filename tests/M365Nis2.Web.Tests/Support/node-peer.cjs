// Runs a Node peer of the tests (Azurite, the Agents Playground) that ends with the test host that started it.
// The host kills its peers on a normal exit, but a host that is killed itself (a hang timeout, a cancelled run) cannot,
// and the peer would keep its ports and memory until someone notices. Usage: node node-peer.cjs <host pid> <script> [args…]
'use strict';
const [, , hostPid, script, ...args] = process.argv;
process.argv = [process.argv[0], script, ...args];
const hostIsGone = () => {
  try {
    process.kill(Number(hostPid), 0);
    return false;
  } catch (e) {
    return e.code === 'ESRCH';
  }
};
setInterval(() => { if (hostIsGone()) process.exit(0); }, 1000).unref();
require(script);
