export { runDispatchProcess, type DispatchProcessInput, type DispatchProcessResult } from './run-dispatch-process';
