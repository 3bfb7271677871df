// The second setting of the realtime specs (see jest.config.js): every test app and API process
// started by these specs serves its clients with stock socket.io, not Pollen's wire server.
process.env.REALTIME_WIRE = 'socket.io';
