// Runs a Molt program built with `--target wasm` (a wasm32-wasi preview 1 command)
// on Node 20's built-in node:wasi, as `molt run --target wasm` does:
//
//     node wasi_runner.mjs [--argv0=NAME] PROGRAM.wasm [ARGS...]
//
// The program gets NAME (default PROGRAM.wasm) and ARGS as its argv, this process's
// stdin, stdout and stderr as file descriptors 0-2, no environment and no file
// system (docs/wasm.md), and its exit status becomes this process's. A trap (an
// out-of-bounds access, abort(), exhausted stack) exits 134, as SIGABRT does natively.
//
// The module runs in a worker thread: a thread's stack size can be chosen, the
// main thread's is V8's default of under 1 MiB, which compiled code recursing
// some ten thousand calls deep (fine natively, in an 8 MiB stack) exhausts.
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const TRAP_STATUS = 134;
const STACK_MEGABYTES = 64;

// node:wasi prints an ExperimentalWarning when it loads: not the program's output.
process.removeAllListeners('warning');

function parseArguments(argv) {
    let argv0 = null;
    if (argv.length > 0 && argv[0].startsWith('--argv0=')) {
        argv0 = argv[0].slice('--argv0='.length);
        argv = argv.slice(1);
    }
    if (argv.length === 0) {
        process.stderr.write('usage: node wasi_runner.mjs [--argv0=NAME] PROGRAM.wasm [ARGS...]\n');
        process.exit(2);
    }
    const [path, ...args] = argv;
    return { path, args: [argv0 ?? path, ...args] };
}

// Worker side: compile and run the module; report {status} or {error, status}.
async function runProgram({ path, args }) {
    let module;
    try {
        module = await WebAssembly.compile(readFileSync(path));
    } catch (error) {
        parentPort.postMessage({ error: `cannot load '${path}': ${error.message}`, status: 2 });
        return;
    }
    const { WASI } = await import('node:wasi');
    const wasi = new WASI({ version: 'preview1', args, env: {}, returnOnExit: true });
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
    try {
        parentPort.postMessage({ status: wasi.start(instance) });
    } catch (error) {
        // What the program wrote before the trap is out already: WASI writes go
        // straight to the file descriptors.
        parentPort.postMessage({ error: `the program trapped: ${error.message}`, status: TRAP_STATUS });
    }
}

if (isMainThread) {
    const worker = new Worker(new URL(import.meta.url), {
        workerData: parseArguments(process.argv.slice(2)),
        resourceLimits: { stackSizeMb: STACK_MEGABYTES },
    });
    let reported = false;
    worker.on('message', ({ error, status }) => {
        reported = true;
        if (error) process.stderr.write(`wasi_runner: ${error}\n`);
        process.exitCode = status;
    });
    worker.on('error', (error) => {
        reported = true;
        process.stderr.write(`wasi_runner: ${error.message}\n`);
        process.exitCode = TRAP_STATUS;
    });
    worker.on('exit', () => {
        if (!reported) process.exitCode = TRAP_STATUS;
    });
} else {
    await runProgram(workerData);
}
