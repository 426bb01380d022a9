// Given names of English-language news outside Britain and North America
// (South Asia, West, East and Southern Africa, the Arab world, Ireland and
// Scotland, New Zealand, Afrikaans) with the gender they almost always have.
// compromise's name lexicon knows few of them, so "she" after "Priya Nair"
// found no antecedent. Consulted only when compromise has no answer; names
// given to both sexes (Kiran, Jyoti, Harpreet, Tendai, Oluwaseun, Noor, Shashi, and Jan, a man in Afrikaans and a woman in English) are left out.

const FEMALE = `
  Priya Anjali Kavya Deepika Lakshmi Meera Ananya Shreya Pooja Neha Divya Aishwarya Kavita Sneha Swati Nisha Sushma
  Smriti Nirmala Mamata Aparna Shalini Radhika Rekha Usha Shilpa Ritu Preeti Payal Tanvi Ishita Aditi Nandini Madhuri
  Sonali Pallavi Archana Vandana Geeta Gita Seema Shobha Sarita Savita Manisha Bhavna Simran Nazia Farida Shabana
  Rukhsana Sana Ayesha Mariam Maryam Hina Samina Benazir Malala
  Layla Leila Rania Yasmin Yasmine Salma Huda Dalia Amal Hanan Reem Samira Soraya
  Ngozi Chiamaka Chioma Adaeze Nneka Ifeoma Folake Funmilayo Yetunde Bukola Wanjiru Wangari Njeri Akinyi Achieng
  Thandiwe Nomvula Naledi Lindiwe Zanele Nosipho Nomsa Thandeka Abena Akosua Efua Adwoa
  Hine Mere Ngaire
  Aoife Caoimhe Sinead Sinéad Orla Grainne Gráinne Clodagh Roisin Róisín Saoirse Ciara Eimear Mairead Máiréad Niamh Siobhan
  Annelie Elsabe Marietjie
`;

const MALE = `
  Kabir Vikram Aditya Anil Sunil Ravi Vijay Ajay Manish Rakesh Mukesh Naresh Ramesh Dinesh Ganesh Mahesh Prakash Anand
  Arvind Ashok Deepak Gautam Harish Jagdish Kunal Nitin Pranav Rohit Sachin Siddharth Sandeep Sameer Sanjeev Tushar
  Varun Vivek Yogesh Narendra Rajnath Nitish Akhilesh Uddhav Devendra Piyush Amitabh Imran Nawaz Shehbaz Bilawal
  Asif Faisal Irfan Junaid Kamran Naveed Shahid Tariq Zubair Hamid Khalid Rashid Yusuf Bilal Hassan Hussein Mustafa
  Ibrahim Ismail
  Chinedu Emeka Tunde Kwame Kofi Kwesi Sipho Thabo Themba Bongani Mandla Jabulani Lwazi Sibusiso Segun Babajide Olusegun
  Obinna Ikenna Chukwuma Nnamdi Musa Abubakar Aliyu Usman Yakubu Jomo Uhuru Raila
  Wiremu Tane Hemi Rawiri Tamati
  Dermot Callum Lachlan Graeme Eamon Eamonn Declan Cormac Oisin Oisín Fionn Diarmuid Ruairi Ruairí Cathal Donal Dónal Ronan
  Niall Colm Tadhg Fergal Eoin Alasdair Hamish Ewan Euan Fraser
  Pieter Johan Hendrik Willem Koos Riaan
`;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** First name → 'm' or 'f' (written with its capital, as in a name). */
export const WORLD_FIRST_NAMES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...words(FEMALE).map((n) => [n, 'f'] as const),
  ...words(MALE).map((n) => [n, 'm'] as const),
]);
