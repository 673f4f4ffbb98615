/** Latin words that look like names (capitalised, acronyms) but are common terms, never entities. */
export const GENERIC = new Set(
  (
    'ai genai agi gpu gpus cpu cpus npu npus xpu xpus dpu tpu tpus lpu hbm hbm3 hbm3e hbm4 dram sram nand ip r&d ceo cto cfo coo vp pc pcs pcie api apis llm llms ' +
    'risc-v riscv x86 arm-based fp4 fp8 fp16 fp32 bf16 int8 int4 tops tflops petaflops nm usd us$ eps ipo ipos etf soc socs asic asics fpga ' +
    'cuda-x nvlink infiniband ethernet pes r&r key points the a an it its in on at of for and or but with by to from as this that these those ' +
    'data center data centers cloud server servers chip chips report reports according news update breaking ai chip ai chips rmb cny ' +
    'q1 q2 q3 q4 h1 h2 ok ar vr ml gen highlights analysis opinion exclusive ky company corporation group holdings inc corp ltd llc plc ' +
    'american chinese korean south_korean japanese taiwanese british european german french indian israeli dutch canadian singaporean asian ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'
  )
    .split(' ')
    .map((w) => w.replace('_', ' ')),
);
