namespace M365Nis2.Domain;
