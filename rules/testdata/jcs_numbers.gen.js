// node gen.js > rules/testdata/jcs_numbers.txt : IEEE 754 bit pattern (hex) and ECMAScript's JSON.stringify of it.
let seed = 8785;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; }
const b = Buffer.alloc(8), out = [];
function emit(x) { b.writeDoubleBE(x, 0); if (isFinite(x)) out.push(b.toString('hex') + ' ' + JSON.stringify(x)); }
for (let i = 0; i < 1500; i++) { b.writeUInt32BE(rnd() * 2 % 4294967296, 0); b.writeUInt32BE(rnd() * 2 % 4294967296, 4); emit(b.readDoubleBE(0)); }
for (let i = 0; i < 500; i++) emit((rnd() % 100000) / [1, 10, 100, 1000, 1e6][i % 5]);
for (let e = -330; e <= 310; e++) { emit(Number('1e' + e)); emit(Number('5e' + e)); emit(Number('1.5e' + e)); }
for (let i = 0; i < 300; i++) emit(rnd() * (i % 2 ? 1 : -1) * Math.pow(10, (rnd() % 60) - 30));
console.log(out.join('\n'));
